// Cover-crop around a focal point: scale the image so it covers the target box, then cut the
// box out as close to centred on the focal point as the image edges allow. Pure math; sharp
// does the pixels (resize to `resized`, then extract `region`).

export interface FocalCrop {
  resized: { width: number; height: number }
  region: { left: number; top: number; width: number; height: number }
}

/** `focalX`/`focalY` are percentages (0–100) of the width and height. */
export function focalCrop(source: { width: number; height: number }, target: { width: number; height: number }, focalX: number, focalY: number): FocalCrop {
  const scale = Math.max(target.width / source.width, target.height / source.height)
  const width = Math.max(target.width, Math.round(source.width * scale))
  const height = Math.max(target.height, Math.round(source.height * scale))
  const left = clamp(Math.round((clamp(focalX, 0, 100) / 100) * width - target.width / 2), 0, width - target.width)
  const top = clamp(Math.round((clamp(focalY, 0, 100) / 100) * height - target.height / 2), 0, height - target.height)
  return { resized: { width, height }, region: { left, top, width: target.width, height: target.height } }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high)
}
