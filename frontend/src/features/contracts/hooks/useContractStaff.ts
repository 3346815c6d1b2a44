import { ContractStaffDocument, type ContractStaffQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

export type ContractStaff = ContractStaffQuery['contractStaff'];

/** The campus's consultants and learning managers, to choose from in the contract form. */
export function useContractStaff() {
  const { data, error, loading } = useQuery(() => request(ContractStaffDocument), 'contract-staff');
  return { staff: data?.contractStaff, error, loading };
}
