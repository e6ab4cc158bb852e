const DARK_THEME_CLASS = 'pf-v6-theme-dark';

/**
 * Keeps PatternFly's dark theme class on <html> in step with the OS preference, live.
 * Returns a function that stops following.
 */
export function followOsTheme(root: HTMLElement, media: MediaQueryList): () => void {
  const apply = () => root.classList.toggle(DARK_THEME_CLASS, media.matches);
  apply();
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}
