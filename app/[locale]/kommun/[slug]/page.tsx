import { organisationPublicRoute } from "../../_member/member-route";

const route = organisationPublicRoute("MUNICIPALITY");
export const generateMetadata = route.generateMetadata;
export default route.Page;
