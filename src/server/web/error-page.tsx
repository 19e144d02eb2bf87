import type { FastifyReply, FastifyRequest } from "fastify";
import { MessagePage } from "./pages/message.js";
import { sendPage } from "./render.js";

const TITLES: Record<number, string> = {
  400: "That request was not understood",
  401: "Log in first",
  403: "Not allowed",
  404: "Not found",
  413: "Too large to accept",
  429: "Too many tries from your address",
  500: "Something went wrong",
};

/** An error as a page: its title from the status, its message (never a stack trace). */
export function errorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  message: string,
): FastifyReply {
  const title = TITLES[status] ?? (status >= 500 ? TITLES[500] : TITLES[400]) ?? "Error";
  return sendPage(
    request,
    reply,
    { title, path: request.url.split("?")[0] ?? "/" },
    { loggedIn: false },
    <MessagePage
      title={title}
      message={status >= 500 ? "Something went wrong on our side; it has been logged." : message}
    />,
    status,
  );
}
