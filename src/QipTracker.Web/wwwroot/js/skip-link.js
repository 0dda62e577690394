// The skip link moves keyboard focus to the main content. Blazor would treat "#main-content" (under <base href="/">)
// as a navigation to the home page, and a plain fragment jump only scrolls, so focus the target here instead.
window.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('a.qip-skip-link') : null;
    if (!link) return;
    const target = document.getElementById(link.hash.slice(1));
    if (!target) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    target.focus();
    target.scrollIntoView();
}, true);
