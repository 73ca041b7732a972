// The part of `node:async_hooks` that workerd provides under the `nodejs_als` compatibility flag
// (wrangler.jsonc); the Workers typecheck has no Node types.
declare module 'node:async_hooks' {
  export class AsyncLocalStorage<T> {
    getStore(): T | undefined;
    run<R>(store: T, callback: () => R): R;
  }
}
