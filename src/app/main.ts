// The app's page script: lists the chosen files with what they are, shows the options of the
// chosen analysis, runs it on the Web Worker (app/worker.ts, started from FGC_WORKER_SOURCE as a
// blob: URL, so the one HTML file needs nothing else), reports progress in the aria-live region,
// and shows the outcome: the CLI's text, its errors, download links and the report. Nothing is
// stored and nothing is sent: the page's Content-Security-Policy forbids every request.
import type { AppDownload, AppFile, JobOutcome } from "./job-outcome.js";
import type { AppJob, AppJobOptions, FromWorker, ToWorker } from "./worker-protocol.js";

declare const FGC_WORKER_SOURCE: string;

const worker = new Worker(URL.createObjectURL(new Blob([FGC_WORKER_SOURCE], { type: "text/javascript" })));
let nextId = 1;
const waiting = new Map<number, { progress?: (text: string) => void; done: (m: FromWorker) => void }>();

worker.onmessage = (event: MessageEvent<FromWorker>) => {
  const m = event.data;
  const w = waiting.get(m.id);
  if (w === undefined) return;
  if (m.kind === "progress") w.progress?.(m.text);
  else {
    waiting.delete(m.id);
    w.done(m);
  }
};

/** A request without its id (distributed over the union, which Omit alone is not). */
type Request = ToWorker extends infer T ? (T extends ToWorker ? Omit<T, "id"> : never) : never;

function ask(message: Request, progress?: (text: string) => void): Promise<FromWorker> {
  const id = nextId++;
  return new Promise((done) => {
    waiting.set(id, { progress, done });
    worker.postMessage({ ...message, id } as ToWorker);
  });
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLInputElement>("files");
const drop = $<HTMLDivElement>("drop");
const list = $<HTMLUListElement>("file-list");
const runButton = $<HTMLButtonElement>("run");
const status = $<HTMLDivElement>("progress");
let chosen: AppFile[] = [];
let links: string[] = [];

input.addEventListener("change", () => choose([...(input.files ?? [])]));
drop.addEventListener("dragover", (e) => {
  e.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  choose([...(e.dataTransfer?.files ?? [])]);
});

async function choose(files: File[]): Promise<void> {
  chosen = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  list.replaceChildren();
  status.textContent = `Reading ${files.length} file${files.length === 1 ? "" : "s"}…`;
  const reply = await ask({ kind: "recognise", files: chosen });
  if (reply.kind !== "recognised") return;
  chosen.forEach((f, i) => {
    const li = document.createElement("li");
    const r = reply.results[i];
    li.textContent = "type" in r ? `${f.name}: ${r.type}` : `${f.name}: not recognised: ${r.why}`;
    if (!("type" in r)) li.className = "unrecognised";
    list.append(li);
  });
  status.textContent = `${files.length} file${files.length === 1 ? "" : "s"} chosen`;
}

function job(): AppJob {
  return (document.querySelector('input[name="analysis"]:checked') as HTMLInputElement).value as AppJob;
}

function showOptions(): void {
  for (const panel of document.querySelectorAll<HTMLElement>("[data-job]"))
    panel.hidden = panel.dataset.job !== job();
}
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="analysis"]'))
  radio.addEventListener("change", showOptions);
showOptions();

runButton.addEventListener("click", async () => {
  if (chosen.length === 0) {
    status.textContent = "Choose files first.";
    return;
  }
  const options: AppJobOptions = {
    period: $<HTMLInputElement>("period").value,
    threshold: $<HTMLInputElement>("threshold").value,
    la: $<HTMLInputElement>("la").value,
    allowUnknownLa: $<HTMLInputElement>("allow-unknown-la").checked,
  };
  runButton.disabled = true;
  document.body.removeAttribute("data-done");
  status.textContent = "Working…";
  const reply = await ask({ kind: "run", job: job(), files: chosen, options }, (text) => {
    status.textContent = `${text}…`;
  });
  runButton.disabled = false;
  if (reply.kind === "done") show(reply.outcome);
});

function show(outcome: JobOutcome): void {
  for (const url of links) URL.revokeObjectURL(url);
  links = [];
  $("results").hidden = false;
  $("stdout").textContent = outcome.stdout;
  $("stderr").textContent = outcome.stderr;
  $("stderr-block").hidden = outcome.stderr === "";
  $("downloads").replaceChildren(...outcome.downloads.map(downloadItem));
  const frame = $<HTMLIFrameElement>("report");
  frame.hidden = outcome.reportHtml === undefined;
  frame.srcdoc = outcome.reportHtml ?? "";
  const verdict =
    outcome.exitCode === 0
      ? "Done"
      : outcome.exitCode === 1
        ? "Stopped: problems in the data (listed under Errors and warnings)"
        : outcome.exitCode === 2
          ? "Stopped: check the files chosen and the options (see Errors and warnings)"
          : "Stopped by a bug in the app (see Errors and warnings)";
  status.textContent = `${verdict}.`;
  document.body.setAttribute("data-done", String(outcome.exitCode));
}

function downloadItem(d: AppDownload): HTMLLIElement {
  const url = URL.createObjectURL(new Blob([d.text], { type: d.type }));
  links.push(url);
  const a = document.createElement("a");
  a.href = url;
  a.download = d.name;
  a.textContent = d.label;
  const li = document.createElement("li");
  li.append(a);
  return li;
}
