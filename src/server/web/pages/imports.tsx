import type { ImportRecord } from "../../../store/imports.repository.js";
import { count, counted, date, seg } from "../format.js";

/** Past imports with their summaries and rejected rows. */
export function ImportsPage({ imports, csrf }: { imports: ImportRecord[]; csrf: string }) {
  return (
    <>
      <h1>Imports</h1>
      <p>
        Every <code>cinemeter import</code>, newest first. Importing the same files again adds
        nothing twice; an interrupted import, run again, finishes where it stopped.
      </p>
      {imports.length === 0 ? <p class="muted">No imports yet.</p> : null}
      {imports.map((i) => (
        <section key={i.id} class="card" aria-label={`Import of ${fileNames(i.source)}`}>
          <h2>{fileNames(i.source)}</h2>
          <p class="muted">
            Started {date(i.startedAt)} {i.startedAt.slice(11, 16)} UTC ·{" "}
            {i.finishedAt ? "finished" : "not finished (interrupted, or still running)"}
          </p>
          <dl class="facts">
            <dt>Read</dt>
            <dd>{counted(i.read, "row")}</dd>
            <dt>Imported</dt>
            <dd>{count(i.imported)}</dd>
            <dt>Duplicates skipped</dt>
            <dd>{count(i.duplicates)}</dd>
            <dt>Rejected</dt>
            <dd>{count(i.rejected)}</dd>
          </dl>
          <form method="post" action={`/admin/imports/${seg(i.id)}/undo`}>
            <input type="hidden" name="csrf" value={csrf} />
            <button type="submit" class="secondary">
              Undo this import
            </button>{" "}
            <span class="muted small">
              Takes back the {counted(i.imported, "review")} it stored (see the audit log to undo
              that).
            </span>
          </form>
          {i.rejects.length ? (
            <details>
              <summary>Rejected rows ({i.rejects.length} shown)</summary>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Where</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {i.rejects.slice(0, 200).map((r, n) => (
                    <tr key={n}>
                      <td>
                        <code>{fileNames(r.where)}</code>
                      </td>
                      <td>{r.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ) : null}
        </section>
      ))}
    </>
  );
}

/** Paths shown by their file names: the server's folders are nobody's business. */
function fileNames(paths: string): string {
  return paths.replace(/(?:[^\s,]*[/\\])+/g, "");
}
