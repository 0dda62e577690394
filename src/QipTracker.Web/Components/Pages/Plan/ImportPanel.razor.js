import { apiHeaders } from "/js/api.js";

// Posts the chosen plan file to the import endpoint from the browser, so the file goes straight
// to the API (multipart, the sign-in cookie and the page's antiforgery token) rather than through the Blazor circuit.
// A preview is a dry run; applying sends the preview's key, so the server imports exactly what was previewed or nothing.
export async function postPlan(input, dryRun, previewKey) {
    const file = input.files && input.files[0];
    if (!file) return { status: 0, body: "" };
    const form = new FormData();
    form.append("file", file, file.name);
    const query = new URLSearchParams({ dryRun: dryRun ? "true" : "false" });
    if (previewKey) query.set("previewKey", previewKey);
    const response = await fetch(`/api/v1/plan/import?${query}`, {
        method: "POST",
        body: form,
        credentials: "same-origin",
        headers: apiHeaders({ "Accept": "application/json" }),
    });
    return { status: response.status, body: await response.text() };
}
