// Draws an SVG document onto a canvas and returns a PNG. The SVG is self-contained (fonts embedded),
// loaded from a blob: URL of this origin, so the canvas is not tainted and nothing leaves the device.
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    // Embedded fonts may still be settling after decode(); give them a frame before drawing.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob gave nothing'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
