import { organisationPolicyRoute } from "@/lib/organisations/policy-route";

const route = organisationPolicyRoute("MUNICIPALITY");
export const generateMetadata = route.generateMetadata;
export default route.Page;
