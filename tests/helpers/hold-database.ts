// Opens the database of DATABASE_URL, says "ready" and keeps it open until killed: a stand-in
// for a dev server holding the embedded database.
import { getDb } from "../../lib/db";

await getDb();
process.stdout.write("ready\n");
setInterval(() => {}, 1 << 30);
