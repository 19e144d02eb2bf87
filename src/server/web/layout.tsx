import type { ComponentChildren } from "preact";
import { SearchForm } from "./components/search-form.js";

export interface PageMeta {
  title: string;
  description?: string;
  /** The page's path, for its canonical and OpenGraph URLs. */
  path: string;
  /** schema.org data, written as JSON-LD. */
  jsonLd?: unknown;
  /** An Atom feed of this page's reviews. */
  feed?: { href: string; title: string };
  ogType?: string;
}

export interface LayoutProps extends PageMeta {
  /** The site's absolute origin, e.g. "https://films.example.org". */
  origin: string;
  loggedIn: boolean;
  /** The session's CSRF token, which the log-out form carries. */
  csrf?: string;
  /** The signed-in reader, whose taste pages and sign-out the navigation offers. */
  reader?: { name: string; csrf: string };
  query?: string;
  children: ComponentChildren;
}

/** JSON for a script element: "<" escaped so no string can close the element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** Every page's frame: head with its metadata, header with search and navigation, footer. */
export function Layout(props: LayoutProps) {
  const url = props.origin + props.path;
  const description =
    props.description ?? "Critics' reviews of films, aggregated in the open by Cinemeter.";
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Cinemeter`}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={url} />
        <meta property="og:site_name" content="Cinemeter" />
        <meta property="og:title" content={props.title} />
        <meta property="og:description" content={description} />
        <meta property="og:type" content={props.ogType ?? "website"} />
        <meta property="og:url" content={url} />
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link
          rel="alternate"
          type="application/atom+xml"
          title="Cinemeter: new reviews"
          href="/feeds/reviews.atom"
        />
        {props.feed ? (
          <link
            rel="alternate"
            type="application/atom+xml"
            title={props.feed.title}
            href={props.feed.href}
          />
        ) : null}
        {props.jsonLd ? (
          <script
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: jsonForScript(props.jsonLd) }}
          />
        ) : null}
        <script type="module" src="/assets/search.js" />
      </head>
      <body>
        <a class="skip" href="#content">
          Skip to content
        </a>
        <header class="site">
          <div class="bar">
            <a class="brand" href="/">
              Cine<span>meter</span>
            </a>
            <SearchForm
              id="site-search"
              placeholder="Search films, critics, reviews"
              value={props.query ?? ""}
              suggest
            />
            <nav class="main" aria-label="Main">
              <ul>
                <li>
                  <a href="/films">Films</a>
                </li>
                <li>
                  <a href="/critics">Critics</a>
                </li>
                <li>
                  <a href="/outlets">Outlets</a>
                </li>
                <li>
                  <a href="/about">About</a>
                </li>
                <li>
                  <a href="/reviews/new">Add a review</a>
                </li>
                <li>
                  <a href="/imports">Imports</a>
                </li>
                <li>
                  <a href="/feeds">Feeds</a>
                </li>
                {props.loggedIn ? (
                  <li>
                    <a href="/admin/checks">Checks</a>
                  </li>
                ) : null}
                {props.loggedIn ? (
                  <li>
                    <a href="/admin/audit">Audit</a>
                  </li>
                ) : null}
                {props.reader ? (
                  <li>
                    <a href="/me">Your taste</a>
                  </li>
                ) : (
                  <li>
                    <a href="/signin">Sign in</a>
                  </li>
                )}
                {props.reader ? (
                  <li>
                    <form method="post" action="/signout">
                      <input type="hidden" name="csrf" value={props.reader.csrf} />
                      <button class="secondary" type="submit">
                        Sign out
                      </button>
                    </form>
                  </li>
                ) : null}
                {props.loggedIn ? (
                  <li>
                    <form method="post" action="/logout">
                      <input type="hidden" name="csrf" value={props.csrf ?? ""} />
                      <button class="secondary" type="submit">
                        Log out
                      </button>
                    </form>
                  </li>
                ) : null}
              </ul>
            </nav>
          </div>
        </header>
        <main id="content">{props.children}</main>
        <footer class="site">
          <p>
            Cinemeter aggregates critics' reviews in the open: every score shows where it came from
            (<a href="/about">how</a>), and the <a href="/api/openapi.json">API</a> and an{" "}
            <a href="/feeds/reviews.atom" type="application/atom+xml">
              Atom feed of new reviews
            </a>{" "}
            (its address is for a feed reader) carry the same figures. Scores: 81–100 universal
            acclaim, 61–80 favorable, 40–60 mixed, 20–39 unfavorable, 0–19 dislike.
          </p>
        </footer>
      </body>
    </html>
  );
}
