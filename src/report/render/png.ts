/**
 * @module An SVG chart to PNG with @resvg/resvg-js, loading the report's own fonts (assets/fonts/)
 * and no system fonts, since resvg draws no text without a font file.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'

/**
 * The report's font files, found from the package root (the folder holding package.json).
 *
 * @example
 * reportFontFiles()[0] //=> '/…/jirga/assets/fonts/DejaVuSans.ttf'
 */
export function reportFontFiles(): string[] {
  let folder = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder)
    if (parent === folder) break
    folder = parent
  }
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
    join(folder, 'assets', 'fonts', name),
  )
}

/**
 * Renders an SVG to PNG at `scale` times its size.
 *
 * @example
 * writeFileSync('questions.png', renderPng(await renderSvg(questionsChart(questions))))
 */
export function renderPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: reportFontFiles(),
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
    },
  })
  return resvg.render().asPng()
}
