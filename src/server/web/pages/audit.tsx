import type { AuditSummary } from "../../../store/audit.repository.js";
import { date, seg } from "../format.js";

/** Where an entry's target lives on the site, when it has a page. */
function targetHref(entry: AuditSummary): string | null {
  if (entry.action === "undo") return null;
  if (entry.action === "delete-review") return null;
  if (entry.action === "undo-import") return "/imports";
  if (entry.action === "set-verdict") return `/admin/reviews/${seg(entry.target)}`;
  return `/films/${seg(entry.target)}`;
}

/** The audit log: every correction and automatic merge, newest first, each undoable once. */
export function AuditPage({
  entries,
  csrf,
  page,
  more,
}: {
  entries: AuditSummary[];
  csrf: string;
  page: number;
  more: boolean;
}) {
  return (
    <>
      <h1>Audit log</h1>
      <p>
        Every correction — by an admin on the site, the API or the command line — and every film
        linking merged automatically, newest first. Each can be undone once; the undo is logged too.
      </p>
      {entries.length === 0 ? <p class="muted">No changes yet.</p> : null}
      <ol class="audit">
        {entries.map((e) => {
          const href = targetHref(e);
          return (
            <li key={e.id} class="card">
              <p>
                <strong>{e.summary}</strong>
              </p>
              <p class="muted">
                {date(e.at)} {e.at.slice(11, 16)} UTC · {e.actor} · {e.action}
                {href ? (
                  <>
                    {" · "}
                    <a href={href}>see it</a>
                  </>
                ) : null}
              </p>
              {e.undoneAt ? (
                <p class="muted">
                  Undone {date(e.undoneAt)} by {e.undoneBy}.
                </p>
              ) : e.action !== "undo" ? (
                <form method="post" action={`/admin/audit/${seg(e.id)}/undo`}>
                  <input type="hidden" name="csrf" value={csrf} />
                  <button type="submit">Undo</button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ol>
      <nav class="pager" aria-label="Audit log pages">
        {page > 0 ? (
          <a href={page === 1 ? "/admin/audit" : `/admin/audit?page=${page - 1}`}>← Newer</a>
        ) : null}{" "}
        {more ? <a href={`/admin/audit?page=${page + 1}`}>Older →</a> : null}
      </nav>
    </>
  );
}
