/** Test options every Verkosto package starts from; spread them into `test`. */
export declare const sharedTestConfig: {
  environment: 'node';
  include: string[];
  exclude: string[];
  testTimeout: number;
  hookTimeout: number;
  typecheck: { enabled: boolean };
  reporters: string[];
};
