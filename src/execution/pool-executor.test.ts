import { runExecutorSuite } from './executors.case.ts'
import { createPoolExecutor } from './pool-executor.ts'

runExecutorSuite({ name: 'pool (piscina)', create: (threads) => createPoolExecutor({ threads }) })
