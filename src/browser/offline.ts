/** Register the service worker generated after the build (dist/sw.js), so the site works offline. */
export function registerServiceWorker(): void {
  // A learning-platform package has no service worker: the platform serves and tracks it.
  if (import.meta.env.DEV || import.meta.env.PUBLIC_LMS_PACKAGE === '1' || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      /* offline support is a bonus: the site works without it */
    });
  });
}
