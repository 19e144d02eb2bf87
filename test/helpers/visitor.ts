import type { FastifyInstance } from "fastify";

/** A browser's session: its cookies, and requests sent with them. */
export class Visitor {
  cookie = "";
  constructor(private readonly app: FastifyInstance) {}

  async get(url: string) {
    const response = await this.app.inject({
      method: "GET",
      url,
      headers: { cookie: this.cookie },
    });
    return response;
  }

  async post(url: string, form: Record<string, string>) {
    const response = await this.app.inject({
      method: "POST",
      url,
      headers: { cookie: this.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams(form).toString(),
    });
    this.keep(response.headers["set-cookie"]);
    return response;
  }

  async upload(url: string, fields: Record<string, string>, file: { name: string; text: string }) {
    const boundary = "----cinemeter-test-boundary";
    const parts = Object.entries(fields).map(
      ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
    );
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="export"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n${file.text}\r\n--${boundary}--\r\n`,
    );
    return this.app.inject({
      method: "POST",
      url,
      headers: { cookie: this.cookie, "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: parts.join(""),
    });
  }

  private keep(header: string | string[] | undefined) {
    for (const line of [header ?? []].flat()) {
      const [pair] = line.split(";");
      if (pair?.startsWith("cinemeter_reader=")) this.cookie = pair;
    }
  }

  /** The CSRF token the page's forms carry. */
  static csrf(html: string): string {
    return /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
  }
}
