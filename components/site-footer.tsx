import { DATA_SOURCES } from "@/lib/attribution";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="inner">
        <p>
          Vänortsregistret: svenska kommuners och regioners vänorter och internationella samarbeten. Uppgifterna om
          samarbeten kommer från kommunernas egna dokument.
        </p>
        <h2 className="footer-heading">Källor för referensdata</h2>
        <ul>
          {DATA_SOURCES.map((source) => (
            <li key={source.name}>
              <a href={source.url} rel="external">
                {source.attribution}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
