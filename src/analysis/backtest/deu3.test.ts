import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { type CouncilWeights, readCouncilWeights } from './council-weights.ts'
import { formatDatasetIssue } from './dataset.ts'
import { loadDeu3, periodAt } from './deu3.ts'

const DATA = new URL('../../../data/', import.meta.url)
const WIDE = readFileSync(new URL('deu3/deu3_issues_wide.csv', DATA), 'utf8')

function weights(): CouncilWeights {
  const result = readCouncilWeights(
    readFileSync(new URL('eu_council_weights/council_vote_weights.csv', DATA), 'utf8'),
    'council_vote_weights.csv',
  )
  assert.ok(result.ok)
  return result.value
}

const HEADER =
  'issue_id,proposal_id,proposal_name,procedure,council_voting_rule,intro_date,final_act_date,reference_point,outcome,pos_com,pos_de,pos_fr,pos_lu,sal_com,sal_de,sal_fr,sal_lu'

describe('loadDeu3', () => {
  it('builds one single-issue scenario per scoreable issue and says why the other 13 are left out', () => {
    const result = loadDeu3(WIDE, 'deu3_issues_wide.csv', weights())
    assert.ok(result.ok)
    const { cases, skipped } = result.value
    assert.equal(cases.length, 351)
    assert.equal(new Set(cases.map((item) => item.cluster)).size, 137)
    assert.equal(skipped.filter((item) => item.reason === 'no_outcome').length, 11)
    assert.deepEqual(
      skipped.filter((item) => item.reason === 'too_few_actors').map((item) => item.id),
      ['n98189i2', 'n03327i3'],
    )
    const first = cases[0]
    assert.ok(first)
    assert.equal(first.id, 'd00032i1')
    assert.equal(first.cluster, 'd00032')
    assert.equal(first.outcome, 100)
    assert.equal(first.referencePoint, 0)
    assert.deepEqual(first.subsets, {
      procedure: 'COD',
      votingRule: 'QMV',
      period: '2004-04 and before (EU15)',
    })
    assert.deepEqual(first.details, {
      proposal: 'd00032',
      proposalName: 'documents',
      decisionDate: '2001-05-30',
      decisionDateFrom: 'final_act_date',
      regime: 'v15',
      actors: 17,
    })
    const issue = first.scenario.issues[0]
    assert.deepEqual(issue, {
      id: 'd00032i1',
      name: 'documents d00032i1',
      scale: { min: 0, max: 100 },
      statusQuo: 0,
    })
    assert.equal(first.scenario.actors.length, 17)
    const byId = new Map(first.scenario.actors.map((actor) => [actor.id, actor]))
    assert.equal(byId.get('com')?.capability, 10)
    assert.equal(byId.get('ep')?.capability, 10)
    assert.equal(byId.get('lu')?.capability, 2)
    assert.equal(byId.get('de')?.positions.d00032i1, 0)
    assert.equal(byId.get('de')?.saliences.d00032i1, 80)
    assert.equal(byId.get('com')?.kind, 'other')
    assert.equal(byId.get('de')?.kind, 'state')
  })

  it('gives the Commission and EP 29 under the Nice weights, and keeps DEU spelling of ids', () => {
    const result = loadDeu3(WIDE, 'deu3_issues_wide.csv', weights())
    assert.ok(result.ok)
    const nice = result.value.cases.find((item) => item.details.regime === 'v25')
    assert.equal(nice?.scenario.actors.find((actor) => actor.id === 'com')?.capability, 29)
    const landmines = result.value.cases.find((item) => item.id === 'n0062Bi1')
    assert.equal(landmines?.issueId, 'n0062bi1')
    assert.equal(landmines?.cluster, 'n0062B')
    assert.equal(landmines?.subsets.votingRule, 'Unan')
  })

  it('counts the subsets: procedure, voting rule, period', () => {
    const result = loadDeu3(WIDE, 'deu3_issues_wide.csv', weights())
    assert.ok(result.ok)
    const count = (dimension: string) => {
      const counts: Record<string, number> = {}
      for (const item of result.value.cases) {
        const value = item.subsets[dimension] as string
        counts[value] = (counts[value] ?? 0) + 1
      }
      return counts
    }
    const procedure = count('procedure')
    assert.equal((procedure.COD ?? 0) + (procedure.CNS ?? 0), 351)
    assert.deepEqual(count('period'), {
      '2004-04 and before (EU15)': 171,
      '2004-05 to 2004-10 (transitional)': 4,
      '2004-11 to 2014-10 (Nice)': 147,
      '2014-11 and after (Nice kept)': 29,
    })
  })

  it('sets capability by the equal and Shapley–Shubik schemes', () => {
    const equal = loadDeu3(WIDE, 'deu3_issues_wide.csv', weights(), { capability: 'equal' })
    assert.ok(equal.ok)
    assert.ok(
      equal.value.cases.every((item) =>
        item.scenario.actors.every((actor) => actor.capability === 1),
      ),
    )
    const ssi = loadDeu3(WIDE, 'deu3_issues_wide.csv', weights(), { capability: 'shapley-shubik' })
    assert.ok(ssi.ok)
    const first = new Map(
      ssi.value.cases[0]?.scenario.actors.map((actor) => [actor.id, actor.capability]),
    )
    assert.equal((first.get('de') as number).toFixed(4), '0.1167')
    assert.equal(first.get('com'), first.get('de'))
    assert.equal((first.get('lu') as number).toFixed(4), '0.0207')
    assert.match(ssi.value.conventions.join('\n'), /Shapley–Shubik/)
  })

  it('locates bad numbers and dates at file:line:col', () => {
    const text = `${HEADER}\nx1,p1,test,COD,QMV,2000-01-01,2001-02-30,,abc,10,20,30,40,50,50,50,50\n`
    const result = loadDeu3(text, 'bad.csv', weights())
    assert.ok(!result.ok)
    assert.deepEqual(result.issues.map(formatDatasetIssue), [
      'bad.csv:2:31  final_act_date: "2001-02-30" is not a date YYYY-MM-DD',
      'bad.csv:2:43  outcome: "abc" is not a number',
    ])
  })

  it('names missing columns', () => {
    const result = loadDeu3('issue_id,proposal_id\nx,y\n', 'bad.csv', weights())
    assert.ok(!result.ok)
    assert.deepEqual(
      result.issues.map((issue) => (issue.code === 'missing_column' ? issue.field : issue.code)),
      [
        'proposal_name',
        'procedure',
        'council_voting_rule',
        'intro_date',
        'final_act_date',
        'reference_point',
        'outcome',
      ],
    )
  })

  it('uses the introduction date when the final act date is missing, and skips a zero-weight issue', () => {
    const text = [
      HEADER,
      'x1,p1,test,CNS,Unan,2004-06-01,,,30,10,20,30,40,50,50,50,50',
      'x2,p1,test,CNS,Unan,2004-06-01,,,30,10,20,30,40,0,0,0,0',
    ].join('\n')
    const result = loadDeu3(text, 'small.csv', weights())
    assert.ok(result.ok)
    assert.equal(result.value.cases.length, 1)
    assert.equal(result.value.cases[0]?.details.regime, 'v25t')
    assert.equal(result.value.cases[0]?.details.decisionDateFrom, 'intro_date')
    assert.deepEqual(
      result.value.skipped.map((item) => item.reason),
      ['no_weight'],
    )
  })

  it('names periods by date', () => {
    assert.deepEqual(
      ['2004-04-30', '2004-05-01', '2004-11-01', '2014-10-31', '2014-11-01'].map(periodAt),
      [
        '2004-04 and before (EU15)',
        '2004-05 to 2004-10 (transitional)',
        '2004-11 to 2014-10 (Nice)',
        '2004-11 to 2014-10 (Nice)',
        '2014-11 and after (Nice kept)',
      ],
    )
  })
})
