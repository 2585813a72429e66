import { organisationPublicRoute } from "@/lib/organisations/public-route";

const route = organisationPublicRoute("MUNICIPALITY");
export const generateMetadata = route.generateMetadata;
export default route.Page;
