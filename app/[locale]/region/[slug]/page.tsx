import { organisationPublicRoute } from "@/lib/organisations/public-route";

const route = organisationPublicRoute("REGION");
export const generateMetadata = route.generateMetadata;
export default route.Page;
