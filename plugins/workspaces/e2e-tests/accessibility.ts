import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core on the page as it is now and fails on any serious or
 * critical violation, naming each rule and the elements it found.
 */
export async function expectNoSeriousA11yViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    // The sidebar is Backstage's SidebarItem, the same on every page of the portal;
    // its finding (label-content-name-mismatch on truncated items) is not this plugin's.
    .exclude('nav[aria-label="sidebar nav"]')
    // The app's toasts (Backstage UI) are measured mid fade-in, when their text is
    // still translucent; they are the app's, not this plugin's.
    .exclude('[class^="Toast_container"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(
      v =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map(n => `${n.target.join(' ')} ${n.html.slice(0, 160)}`)
          .join('; ')}`,
    );
  expect(serious, `accessibility violations on ${what}`).toEqual([]);
}
