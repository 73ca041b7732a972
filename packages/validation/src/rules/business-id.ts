import { isValidBusinessId } from '@verkosto/core';
import { issue, pointer, type ValidationIssue } from '../issues.ts';
import type { DatasetRule } from './rule.ts';

export const businessIdRule: DatasetRule = {
  id: 'business-id',
  codes: ['invalid_business_id'],
  description: {
    fi: 'Annettu Y-tunnus on muotoa 1234567-8 ja sen tarkiste täsmää.',
    en: 'A business ID (Y-tunnus), where given, has the form 1234567-8 and a correct check digit.',
  },
  check(dataset) {
    const issues: ValidationIssue[] = [];
    dataset.networks.forEach((network, i) => {
      const value = network.organiserBusinessId;
      if (value !== undefined && !isValidBusinessId(value)) {
        issues.push(
          issue('invalid_business_id', pointer('networks', i, 'organiserBusinessId'), { value }),
        );
      }
    });
    return issues;
  },
};
