/**
 * `jirga report` as a person would check it: the flagship's brief rendered by the built bin, opened
 * in headless chromium (Debian's, driven by playwright-core), every chart present with its title
 * and axis titles, a non-blank screenshot; the same bytes on a re-render; Markdown with its SVGs.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS } from '../src/cli/chromium.ts'

const ROOT = new URL('../', import.meta.url).pathname
const CHROMIUM = '/usr/bin/chromium'
const folder = mkdtempSync(join(tmpdir(), 'jirga-report-'))

function report(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/jirga.js', 'report', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('jirga report', () => {
  after(() => rmSync(folder, { recursive: true, force: true }))
  const out = join(folder, 'brief')

  test('html: one self-contained file, no script, no network; the same bytes twice', () => {
    const first = report('--out', out)
    assert.equal(first.code, 0, first.stderr)
    assert.match(first.stdout, /brief\.html: 17 charts \(not drawn: backtest, calibration\)/)
    assert.deepEqual(readdirSync(out), ['brief.html'])
    const html = readFileSync(join(out, 'brief.html'), 'utf8')
    assert.doesNotMatch(html, /<script|https?:\/\/(?!www\.w3\.org)/)
    assert.equal(report('--out', out).code, 0)
    assert.equal(readFileSync(join(out, 'brief.html'), 'utf8'), html, 're-render is byte-identical')
    assert.ok(!readdirSync(folder).some((name) => name.includes('.partial-')))
  })

  test('in chromium: every chart with its title and axis titles, the sections in reading order', {
    skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (.ci/run installs it)`,
  }, async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
    })
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } })
      await page.goto(`file://${join(out, 'brief.html')}`)
      const sections = await page.$$eval('section h2', (headings) =>
        headings.map((h) => h.textContent),
      )
      assert.deepEqual(sections, [
        'The questions and the answer',
        'Why there is no deal',
        'What happens next, under each strategy',
        'What the forecast rests on',
        'The outside view',
      ])
      const figures = await page.$$eval('figure', (items) =>
        items.map((figure) => ({
          id: figure.id,
          text: figure.querySelector('svg')?.textContent ?? '',
        })),
      )
      assert.equal(figures.length, 17)
      const expect = (id: string, ...texts: string[]) => {
        const figure = figures.find((item) => item.id === `chart-${id}`)
        assert.ok(figure, `chart ${id}`)
        for (const text of texts) assert.ok(figure.text.includes(text), `${id}: "${text}"`)
      }
      expect(
        'questions',
        'The questions: probability and 80% interval',
        'Probability',
        'Question (closes)',
      )
      expect('diagnosis-0', 'Why there is no deal', 'Cause', 'Share of the gap')
      expect(
        'forecast-trade_access',
        'What happens next: Trade and transit access',
        'Months after the as-of date',
        'Path',
      )
      expect('strategies', 'P(agreement by month t)', 'Month', 'P(agreement by then)')
      expect('strategy-costs', 'The costs of each strategy', 'Total')
      expect('tornado', 'share of the variance', 'Share of the variance')
      expect('actors-ttp_action', 'Who wants what', 'Capability', 'Salience')
      expect('positions-bdm', 'Positions by round (bdm)', 'Round')
      expect('positions-smp', 'Positions by round (smp)', 'Round')
      const shot = await page.screenshot()
      assert.ok(shot.length > 50_000, `a screenshot of ${shot.length} bytes is nearly blank`)
    } finally {
      await browser.close()
    }
  })

  test('md: the brief and one SVG file per chart beside it', () => {
    const md = join(folder, 'md')
    assert.equal(report('--format', 'md', '--out', md).code, 0)
    const files = readdirSync(md)
    assert.ok(files.includes('brief.md'))
    assert.equal(files.filter((name) => name.endsWith('.svg')).length, 17)
    assert.match(readFileSync(join(md, 'brief.md'), 'utf8'), /!\[questions\]\(questions\.svg\)/)
  })

  test('a bad --backtest file is refused in words, and the old report stays whole', () => {
    const bad = join(folder, 'bad.json')
    const result = report('--out', out, '--backtest', bad)
    assert.equal(result.code, 2)
    assert.match(result.stderr, /bad\.json: not a `jirga backtest --json` result/)
    assert.deepEqual(readdirSync(out), ['brief.html'])
  })
})
