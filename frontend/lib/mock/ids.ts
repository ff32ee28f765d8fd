// Fixed ids for the demo tenant so URLs stay stable across reloads.
export const DEMO_STORE_ID = '5b0e7c1a-3f4d-4a8e-9c21-7d6f0e1b2a01';
export const DEMO_USER_ID = '9a1c2e3f-4b5d-4e6f-8a7b-1c2d3e4f5a01';
