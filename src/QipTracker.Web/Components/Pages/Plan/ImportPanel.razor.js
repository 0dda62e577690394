import { apiHeaders } from "/js/api.js";

// Posts the chosen plan file to the import endpoint from the browser, so the file goes straight
// to the API (multipart, the sign-in cookie and the page's antiforgery token) rather than through the Blazor circuit.
export async function postPlan(input, dryRun) {
    const file = input.files && input.files[0];
    if (!file) return { status: 0, body: "" };
    const form = new FormData();
    form.append("file", file, file.name);
    const response = await fetch(`/api/v1/plan/import?dryRun=${dryRun ? "true" : "false"}`, {
        method: "POST",
        body: form,
        credentials: "same-origin",
        headers: apiHeaders({ "Accept": "application/json" }),
    });
    return { status: response.status, body: await response.text() };
}
