import { organisationPolicyRoute } from "../../../_member/policy-route";

const route = organisationPolicyRoute("MUNICIPALITY");
export const generateMetadata = route.generateMetadata;
export default route.Page;
