// What the app's own pages send with every request to /api/v1 that changes something: the page's antiforgery
// token (App.razor renders it into <meta name="qip-antiforgery">), which the API requires of cookie sign-ins.
export function apiHeaders(headers = {}) {
    const token = document.querySelector('meta[name="qip-antiforgery"]')?.content;
    return token ? { ...headers, "RequestVerificationToken": token } : headers;
}
