declare module "munkres-js" {
  /** Returns [row, column] pairs of a minimum-cost assignment. */
  function computeMunkres(costMatrix: number[][]): Array<[number, number]>;
  export default computeMunkres;
}
