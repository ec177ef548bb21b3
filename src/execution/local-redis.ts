/**
 * @module A throwaway redis-server for the queue executor's tests and benchmark: started on a free
 * local port in a temporary folder, with no persistence, and stopped (folder removed) when done.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A running local Redis. */
export interface LocalRedis {
  /** `redis://127.0.0.1:PORT`. */
  url: string
  port: number
  /** The server's process id. */
  pid: number
  /** Stops the server and removes its folder. */
  stop(): Promise<void>
}

export interface StartLocalRedisOptions {
  /** The server program (default `redis-server` on the PATH). */
  command?: string
  /** How long to wait for it to accept connections (default 10 s). */
  timeoutMs?: number
}

/**
 * Starts redis-server on a free port of 127.0.0.1.
 *
 * @example
 * const redis = await startLocalRedis()
 * // … createQueueExecutor({ connection: redis.url }) …
 * await redis.stop()
 */
export async function startLocalRedis(options: StartLocalRedisOptions = {}): Promise<LocalRedis> {
  const port = await freePort()
  const directory = mkdtempSync(join(tmpdir(), 'jirga-redis-'))
  const child = spawn(
    options.command ?? 'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      directory,
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const stop = async () => {
    await stopChild(child)
    rmSync(directory, { recursive: true, force: true })
  }
  try {
    await waitUntilReady(child, options.timeoutMs ?? 10_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { url: `redis://127.0.0.1:${port}`, port, pid: child.pid ?? 0, stop }
}

/**
 * Whether a redis-server program can be started here.
 *
 * @example
 * if (!(await hasRedisServer())) console.log('redis-server is missing: skipped')
 */
export function hasRedisServer(command = 'redis-server'): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, ['--version'], { stdio: 'ignore' })
    child.once('error', () => resolve(false))
    child.once('exit', (code) => resolve(code === 0))
  })
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function waitUntilReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => finish(new Error(`redis-server not ready after ${timeoutMs} ms`)),
      timeoutMs,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) finish()
    }
    const onExit = (code: number | null) =>
      finish(new Error(`redis-server exited with ${code} before it was ready:\n${output}`))
    const onError = (error: Error) => finish(error)
    const finish = (error?: Error) => {
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.off('exit', onExit)
      child.off('error', onError)
      child.stdout?.resume()
      child.stderr?.resume()
      if (error) reject(error)
      else resolve()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', onExit)
    child.once('error', onError)
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
