import type { FC } from 'hono/jsx'

/** The message of a refused request, alone: swapped next to a form by htmx, or inside `ErrorPage`. */
export const ErrorNote: FC<{ message: string }> = ({ message }) => (
  <p class="error-note" role="alert">{message}</p>
)

export const ErrorPage: FC<{ status: number; message: string }> = ({ status, message }) => (
  <section class="error-page">
    <h1>{status === 404 ? 'Not found' : status === 403 ? 'Refused' : status === 413 ? 'Too large' : 'Cannot show that'}</h1>
    <ErrorNote message={message} />
    <p><a href="/">Back to the corpus</a></p>
  </section>
)
