import { notFound } from "next/navigation";

// Any path no page claims renders the locale's own 404 page, inside the site's layout.
export default function UnknownPage() {
  notFound();
}
