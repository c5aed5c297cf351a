import { readFile } from 'node:fs/promises';

/**
 * A script for `page.evaluateOnNewDocument` that makes `getUserMedia` answer with a canvas
 * `captureStream()` drawing `image` (640x480, cover, from the top) `copies` times side by side,
 * each copy the middle `1 / copies` of the frame: a stand-in camera with one or more faces.
 */
export async function canvasCameraScript(imagePath: string, copies = 1): Promise<string> {
  const type = imagePath.endsWith('.png') ? 'image/png' : 'image/jpeg';
  const dataUrl = `data:${type};base64,${(await readFile(imagePath)).toString('base64')}`;
  const install = (src: string, count: number) => {
    const mediaDevices = navigator.mediaDevices;
    mediaDevices.getUserMedia = async () => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const [width, height] = [640, 480];
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      const scale = Math.max(width / image.naturalWidth, height / image.naturalHeight);
      const [w, h] = [image.naturalWidth * scale, image.naturalHeight * scale];
      const slot = width / count;
      const draw = () => {
        for (let i = 0; i < count; i += 1) {
          context.save();
          context.beginPath();
          context.rect(i * slot, 0, slot, height);
          context.clip();
          context.drawImage(image, i * slot + (slot - w) / 2, 0, w, h);
          context.restore();
        }
      };
      draw();
      setInterval(draw, 1000 / 15);
      return canvas.captureStream(15);
    };
  };
  return `(${install.toString()})(${JSON.stringify(dataUrl)}, ${copies});`;
}
