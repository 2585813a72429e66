import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Sidan finns inte</h1>
      <p>Vi hittar ingen sida på den adressen. Kanske har den flyttat, eller så är adressen felstavad.</p>
      <p>
        <Link href="/">Till startsidan med alla kommuner och regioner</Link>
      </p>
    </>
  );
}
