import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { COMMANDS, commandNameOf } from './command-list.ts'

describe('commandNameOf', () => {
  test('the first operand, or the one after help', () => {
    assert.equal(commandNameOf(['node', 'jirga', 'forecast', 'my.yaml', '--json']), 'forecast')
    assert.equal(commandNameOf(['node', 'jirga', 'ledger', 'record']), 'ledger')
    assert.equal(commandNameOf(['node', 'jirga', 'help', 'sweep']), 'sweep')
    assert.equal(commandNameOf(['node', 'jirga', '--help', 'models']), 'models')
  })

  test('none for the program alone or a name that is no command', () => {
    assert.equal(commandNameOf(['node', 'jirga']), undefined)
    assert.equal(commandNameOf(['node', 'jirga', '--version']), undefined)
    assert.equal(commandNameOf(['node', 'jirga', 'help']), undefined)
    assert.equal(commandNameOf(['node', 'jirga', 'forcast']), undefined)
  })
})

describe('COMMANDS', () => {
  test('each loads the command of its name and description', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load()
      assert.equal(command.name(), entry.name)
      assert.equal(command.description(), entry.description)
    }
  })
})
