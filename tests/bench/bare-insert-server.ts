// The floor for answer submission: a bare Node http handler doing the same insert through the same driver,
// with no framework, no session and no grading. Started by run-benchmarks.ts.
import { createServer } from "node:http";
import { createDatabase } from "@jiji/db";

const db = await createDatabase();
const port = Number(process.env.PORT ?? 3301);

createServer((request, response) => {
  if (request.method !== "POST") return void response.writeHead(200).end("ready");
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      await db.response.create({
        data: {
          attemptId: body.attemptId,
          userId: body.userId,
          questionId: body.questionId,
          position: body.position,
          response: JSON.stringify(body.response),
          isCorrect: true,
          score: 1,
          timeTakenMs: body.timeTakenMs,
        },
      });
      response.writeHead(200, { "content-type": "application/json" }).end('{"status":"recorded"}');
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
}).listen(port, "127.0.0.1", () => console.log(`bare insert server on ${port}`));
