/**
 * Every chart renders to its golden SVG on a fixed input (regenerate after an intended change with
 * `JIRGA_UPDATE_GOLDEN=1 node --import tsx --test src/report/charts/charts.test.ts`), has its title
 * and axis titles, and as PNG (resvg with the shipped fonts) has its text drawn.
 */
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { Resvg } from '@resvg/resvg-js'
import { renderPng, reportFontFiles } from '../render/png.ts'
import { renderSvg } from '../render/svg.ts'
import { GOLDEN_CHARTS } from './charts.case.ts'

const golden = (id: string) => new URL(`./golden/${id}.svg`, import.meta.url)

describe('charts', () => {
  for (const [id, spec] of Object.entries(GOLDEN_CHARTS)) {
    test(`${id}: the golden SVG, byte for byte, with its title`, async () => {
      const svg = await renderSvg(spec)
      if (process.env.JIRGA_UPDATE_GOLDEN === '1') writeFileSync(golden(id), svg)
      assert.equal(svg, readFileSync(golden(id), 'utf8'))
      assert.equal(await renderSvg(spec), svg, 'a second render is the same bytes')
      const title = (spec.title as { text: string }).text
      assert.ok(
        svg.includes(title.replaceAll('&', '&amp;').replaceAll("'", '&#39;')) ||
          svg.includes(title),
        `title ${title}`,
      )
    })
  }

  test('axis titles are in the SVG (the questions chart)', async () => {
    const svg = await renderSvg(GOLDEN_CHARTS.questions as never)
    assert.match(svg, />Probability</)
    assert.match(svg, />Question \(closes\)</)
  })

  test('PNG: the text is drawn with the shipped fonts (dark pixels where the title is; none without fonts)', async () => {
    const svg = await renderSvg(GOLDEN_CHARTS.questions as never)
    const darkInTitle = (pixels: Buffer, width: number) => {
      let dark = 0
      // The title sits in the top 18 px of the 1× image, from the left edge.
      for (let y = 0; y < 18; y++)
        for (let x = 0; x < 200; x++) {
          const offset = (y * width + x) * 4
          if ((pixels[offset] as number) < 128) dark++
        }
      return dark
    }
    const withFonts = new Resvg(svg, {
      background: 'white',
      font: {
        fontFiles: reportFontFiles(),
        loadSystemFonts: false,
        defaultFontFamily: 'DejaVu Sans',
      },
    }).render()
    const withoutFonts = new Resvg(svg, {
      background: 'white',
      font: { fontFiles: [], loadSystemFonts: false },
    }).render()
    assert.ok(darkInTitle(withFonts.pixels, withFonts.width) > 100)
    assert.equal(darkInTitle(withoutFonts.pixels, withoutFonts.width), 0)
    const png = renderPng(svg)
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47])
  })
})
