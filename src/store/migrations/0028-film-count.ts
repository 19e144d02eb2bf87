import { type Kysely, SqliteAdapter, sql } from "kysely";

/**
 * How many films the site holds, kept by triggers on `films` (one row, `film_count`), so the
 * site's fingerprint — asked by every memoized page and every search — reads one number
 * instead of counting the films: with a full IMDb catalog (some 700,000 films) that count
 * took about 60 ms a request on PostgreSQL. SQLite counts each row inserted or deleted;
 * PostgreSQL each statement's rows at once (transition tables), so a catalog import updates
 * the row once a statement, not once a film.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table film_count (id integer primary key, films bigint not null)`.execute(db);
  await sql`insert into film_count (id, films) select 1, count(*) from films`.execute(db);
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`create trigger film_count_insert after insert on films
      begin update film_count set films = films + 1 where id = 1; end`.execute(db);
    await sql`create trigger film_count_delete after delete on films
      begin update film_count set films = films - 1 where id = 1; end`.execute(db);
    return;
  }
  await sql`create function film_count_insert() returns trigger language plpgsql as $$
    begin
      update film_count set films = films + (select count(*) from inserted_films) where id = 1;
      return null;
    end $$`.execute(db);
  await sql`create function film_count_delete() returns trigger language plpgsql as $$
    begin
      update film_count set films = films - (select count(*) from deleted_films) where id = 1;
      return null;
    end $$`.execute(db);
  await sql`create trigger film_count_insert after insert on films
    referencing new table as inserted_films
    for each statement execute function film_count_insert()`.execute(db);
  await sql`create trigger film_count_delete after delete on films
    referencing old table as deleted_films
    for each statement execute function film_count_delete()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of ["insert", "delete"]) {
    if (db.getExecutor().adapter instanceof SqliteAdapter)
      await sql`drop trigger if exists ${sql.id(`film_count_${name}`)}`.execute(db);
    else {
      await sql`drop trigger if exists ${sql.id(`film_count_${name}`)} on films`.execute(db);
      await sql`drop function if exists ${sql.id(`film_count_${name}`)}()`.execute(db);
    }
  }
  await sql`drop table if exists film_count`.execute(db);
}
