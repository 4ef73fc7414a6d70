// The colours the browser gives the CSS system colours right now (e.g. under forced colours), as
// getComputedStyle writes them, to compare with the computed fill and stroke of what is drawn.
import type { Page } from 'playwright-core';

export interface SystemColours {
  canvas: string;
  canvasText: string;
  highlight: string;
  highlightText: string;
}

export async function systemColours(page: Page): Promise<SystemColours> {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const system = (name: string) => {
      probe.style.color = name;
      return getComputedStyle(probe).color;
    };
    const colours = { canvas: system('Canvas'), canvasText: system('CanvasText'), highlight: system('Highlight'), highlightText: system('HighlightText') };
    probe.remove();
    return colours;
  });
}
