import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { withViewer } from '../../test/viewer';
import { AppNav } from './AppNav';

describe('AppNav', () => {
  it('shows the audit trail to the principal', () => {
    renderWithProviders(withViewer(['PRINCIPAL'], <AppNav />));
    expect(screen.getByRole('link', { name: /我的班级/ })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: /审计日志/ })).toHaveAttribute('href', '/audit');
  });

  it('hides it from every other role', () => {
    renderWithProviders(withViewer(['MORAL_EDUCATION', 'HOMEROOM_TEACHER'], <AppNav />));
    expect(screen.getByRole('link', { name: /我的班级/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /审计日志/ })).not.toBeInTheDocument();
  });

  it('shows the contacts of a class or grade to staff who work with families, not to analysts', () => {
    renderWithProviders(withViewer(['GRADE_LEADER'], <AppNav />));
    expect(screen.getByRole('link', { name: /联系记录汇总/ })).toHaveAttribute('href', '/contacts');
  });

  it('hides the contacts from analysts', () => {
    renderWithProviders(withViewer(['ANALYST'], <AppNav />));
    expect(screen.queryByRole('link', { name: /联系记录汇总/ })).not.toBeInTheDocument();
  });
});
