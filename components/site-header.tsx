import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/">Vänortsregistret</Link>
      </div>
    </header>
  );
}
