/** A search box that submits to /search; the header's also gets suggestions as you type. */
export function SearchForm(props: {
  id: string;
  placeholder: string;
  value?: string;
  card?: boolean;
  suggest?: boolean;
}) {
  return (
    <search>
      <form class={props.card ? "search card" : "search"} action="/search" method="get">
        <label class="sr-only" for={props.id}>
          Search films, critics and reviews
        </label>
        <input
          id={props.id}
          type="search"
          name="q"
          value={props.value ?? ""}
          placeholder={props.placeholder}
          {...(props.suggest ? { autocomplete: "off" } : {})}
        />
        <button type="submit">Search</button>
      </form>
    </search>
  );
}
