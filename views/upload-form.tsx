import type { FC } from 'hono/jsx'
import { ErrorNote } from './error.tsx'

export interface UploadFormProps {
  maxSize: string
  maxFiles: number
  tokenRequired: boolean
  series: string[]
  error?: string | undefined
}

/**
 * A plain multipart form that htmx enhances: errors land in the status box next to the form,
 * success redirects to the new document. Without JavaScript the server answers with this page.
 */
export const UploadForm: FC<UploadFormProps> = ({ maxSize, maxFiles, tokenRequired, series, error }) => (
  <form id="upload" class="upload" method="post" action="/documents" enctype="multipart/form-data"
    hx-post="/documents" hx-target="#upload-status" hx-swap="innerHTML" hx-disable="find button">
    <h2>Add a document</h2>
    <p class="hint">A .txt, .md or .html file up to {maxSize} (at most {maxFiles} files at once). Front matter in the file
      (<code>title:</code>, <code>date:</code>, <code>issuer:</code>, <code>series:</code>) is used; these fields override it.</p>
    <label for="upload-file">File</label>
    <input id="upload-file" type="file" name="file" required multiple accept=".txt,.text,.md,.markdown,.html,.htm" />
    <label for="upload-date">Date <span class="hint">(needed unless the file or its name carries one)</span></label>
    <input id="upload-date" type="date" name="date" />
    <label for="upload-title">Title</label>
    <input id="upload-title" type="text" name="title" maxlength={300} />
    <label for="upload-issuer">Issuer</label>
    <input id="upload-issuer" type="text" name="issuer" maxlength={300} />
    <label for="upload-series">Series <span class="hint">(used when the file names none)</span></label>
    <input id="upload-series" type="text" name="series" list="series-list" maxlength={200}
      value={series.length === 1 ? series[0] : undefined} />
    <datalist id="series-list">{series.map((name) => <option value={name} />)}</datalist>
    {tokenRequired ? (
      <>
        <label for="upload-token">Write token</label>
        <input id="upload-token" type="password" name="token" required autocomplete="off" />
      </>
    ) : null}
    <div class="actions">
      <button type="submit">Import</button>
      <span class="htmx-indicator" aria-hidden="true">Importing and aligning…</span>
    </div>
    <div id="upload-status" aria-live="polite">{error ? <ErrorNote message={error} /> : null}</div>
  </form>
)
