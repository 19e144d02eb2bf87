/** A page that only says something: not found, an error, a refusal. */
export function MessagePage({ title, message }: { title: string; message: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Back to the home page</a>
      </p>
    </>
  );
}
