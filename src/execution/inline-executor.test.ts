import { runExecutorSuite } from './executors.case.ts'
import { createInlineExecutor } from './inline-executor.ts'

runExecutorSuite({ name: 'inline', create: () => createInlineExecutor() })
