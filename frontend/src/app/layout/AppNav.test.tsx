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

  it('offers analysts only what the API serves them: no tasks, compliance, policy or calendar', () => {
    renderWithProviders(withViewer(['ANALYST'], <AppNav />));
    expect(screen.getByRole('link', { name: /我的班级/ })).toBeInTheDocument();
    for (const name of [/我的任务/, /合规/, /学校制度/, /校历/, /联系记录汇总/, /审计日志/]) {
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
    }
  });

  it('keeps policy and calendar for a teacher, and for an analyst who also teaches', () => {
    for (const roles of [['SUBJECT_TEACHER'], ['ANALYST', 'HOMEROOM_TEACHER']] as const) {
      const { unmount } = renderWithProviders(withViewer([...roles], <AppNav />));
      expect(screen.getByRole('link', { name: /学校制度/ })).toHaveAttribute('href', '/policy');
      expect(screen.getByRole('link', { name: /校历/ })).toHaveAttribute('href', '/calendar');
      expect(screen.getByRole('link', { name: /我的任务/ })).toHaveAttribute('href', '/tasks');
      unmount();
    }
  });

  it('gives a learning manager their groups, tasks and the escalations, not the churn report', () => {
    renderWithProviders(withViewer(['LEARNING_MANAGER'], <AppNav />));
    expect(screen.getByRole('link', { name: /我的班组/ })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: /我的任务/ })).toHaveAttribute('href', '/tasks');
    expect(screen.getByRole('link', { name: /升级事项/ })).toHaveAttribute('href', '/escalations');
    expect(screen.queryByRole('link', { name: /流失分析/ })).not.toBeInTheDocument();
  });

  it("gives a campus's leadership the churn report", () => {
    renderWithProviders(withViewer(['SUPERVISOR'], <AppNav />));
    expect(screen.getByRole('link', { name: /流失分析/ })).toHaveAttribute('href', '/escalations/churn');
    expect(screen.getByRole('link', { name: /联系记录汇总/ })).toBeInTheDocument();
  });

  it('gives finance the refunds awaiting review and nothing else', () => {
    renderWithProviders(withViewer(['FINANCE'], <AppNav />));
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/escalations']);
    expect(screen.getByRole('link', { name: /退费审核/ })).toBeInTheDocument();
  });

  it('gives the school administrator the directory and nothing else', () => {
    renderWithProviders(withViewer(['SCHOOL_ADMIN'], <AppNav />));
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/directory']);
    expect(screen.getByRole('link', { name: /学校名录/ })).toBeInTheDocument();
  });

  it('gives the principal and a campus director the directory too, and no teacher', () => {
    for (const roles of [['PRINCIPAL'], ['CAMPUS_DIRECTOR']] as const) {
      const { unmount } = renderWithProviders(withViewer([...roles], <AppNav />));
      expect(screen.getByRole('link', { name: /学校名录/ })).toHaveAttribute('href', '/directory');
      unmount();
    }
    renderWithProviders(withViewer(['HOMEROOM_TEACHER', 'GRADE_LEADER'], <AppNav />));
    expect(screen.queryByRole('link', { name: /学校名录/ })).not.toBeInTheDocument();
  });
});
