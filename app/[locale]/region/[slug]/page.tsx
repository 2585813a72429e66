import { organisationPublicRoute } from "../../_member/member-route";

const route = organisationPublicRoute("REGION");
export const generateMetadata = route.generateMetadata;
export default route.Page;
