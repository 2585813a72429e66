import { organisationPolicyRoute } from "@/lib/organisations/policy-route";

const route = organisationPolicyRoute("REGION");
export const generateMetadata = route.generateMetadata;
export default route.Page;
