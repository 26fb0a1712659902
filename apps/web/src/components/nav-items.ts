import {
  IconAlertOctagon,
  IconAlertTriangle,
  IconApi,
  IconBellOff,
  IconBellRinging,
  IconBuilding,
  IconBulb,
  IconChartBar,
  IconChecklist,
  IconClipboardCheck,
  IconCoin,
  IconFileImport,
  IconGauge,
  IconGavel,
  IconHistory,
  IconInbox,
  IconLayoutDashboard,
  IconListCheck,
  IconLock,
  IconMail,
  IconMessageReport,
  IconPlugConnected,
  IconQuestionMark,
  IconRadar,
  IconReportAnalytics,
  IconSend,
  IconServer,
  IconShieldCheck,
  IconShieldLock,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { type Actor, can } from '@ungcuu/domain/auth/permissions.ts';
import type { ComponentType } from 'react';

type Icon = ComponentType<{ size?: number | string; stroke?: number; 'aria-hidden'?: boolean }>;

/** The product's modules in the order of the plan; `ready` says whether the module exists yet. */
export const MODULES = [
  { key: 'incidents', path: '/incidents', icon: IconAlertTriangle, ready: true },
  { key: 'systems', path: '/systems', icon: IconServer, ready: true },
  { key: 'risks', path: '/risks', icon: IconGauge, ready: true },
  { key: 'readiness', path: '/readiness', icon: IconShieldCheck, ready: true },
  { key: 'inspections', path: '/inspections', icon: IconClipboardCheck, ready: true },
  { key: 'budget', path: '/budget', icon: IconCoin, ready: true },
  { key: 'lessons', path: '/lessons', icon: IconBulb, ready: true },
  { key: 'monitoring', path: '/monitoring', icon: IconRadar, ready: true },
  { key: 'warnings', path: '/warnings', icon: IconBellRinging, ready: true },
  { key: 'proposals', path: '/proposals', icon: IconMessageReport, ready: true },
  { key: 'requests', path: '/requests', icon: IconChecklist, ready: true },
  { key: 'reports', path: '/reports', icon: IconReportAnalytics, ready: true },
] as const satisfies readonly { key: string; path: string; icon: Icon; ready: boolean }[];
export type ModuleKey = (typeof MODULES)[number]['key'];

/** Pages under "Giám sát" in the menu: the monitors and the alerts of the units' security tools. */
export const MONITORING_PAGES = [
  { key: 'monitors', path: '/monitoring', icon: IconRadar },
  { key: 'alerts', path: '/alerts', icon: IconAlertOctagon },
  { key: 'alertsUnmapped', path: '/alerts/unmapped', icon: IconQuestionMark },
  { key: 'alertsSuppressions', path: '/alerts/suppressions', icon: IconBellOff },
  { key: 'alertSources', path: '/alerts/sources', icon: IconPlugConnected },
] as const satisfies readonly { key: string; path: string; icon: Icon }[];

export const DASHBOARD = { path: '/', icon: IconLayoutDashboard as Icon };

/** Administration pages; each is listed only to those whose roles grant what it needs. */
export const ADMIN_PAGES = [
  { key: 'units', path: '/admin/units', icon: IconBuilding, visible: (a: Actor) => can(a, 'unit.read') },
  { key: 'users', path: '/admin/users', icon: IconUsers, visible: (a: Actor) => can(a, 'user.read') },
  { key: 'roles', path: '/admin/roles', icon: IconLock, visible: () => true },
  { key: 'team', path: '/admin/team', icon: IconUsersGroup, visible: (a: Actor) => can(a, 'team.read') },
  { key: 'audit', path: '/admin/audit', icon: IconHistory, visible: (a: Actor) => can(a, 'audit.read') },
  { key: 'tokens', path: '/admin/tokens', icon: IconApi, visible: (a: Actor) => can(a, 'token.manage') },
  { key: 'import', path: '/admin/import', icon: IconFileImport, visible: (a: Actor) => can(a, 'import.run') },
  {
    key: 'security',
    path: '/admin/security',
    icon: IconShieldLock,
    visible: (a: Actor) => a.roles.includes('admin'),
  },
  {
    key: 'notifications',
    path: '/admin/notifications',
    icon: IconSend,
    visible: (a: Actor) => can(a, 'notification.settings'),
  },
  { key: 'intake', path: '/admin/intake', icon: IconInbox, visible: (a: Actor) => a.roles.includes('admin') },
  {
    key: 'mailIntake',
    path: '/admin/mail-intake',
    icon: IconMail,
    visible: (a: Actor) => a.roles.includes('admin') || a.roles.includes('coordinator'),
  },
  {
    key: 'playbooks',
    path: '/admin/playbooks',
    icon: IconListCheck,
    visible: (a: Actor) => can(a, 'playbook.read'),
  },
  { key: 'regimes', path: '/admin/regimes', icon: IconGavel, visible: (a: Actor) => can(a, 'regime.read') },
  {
    key: 'classifier',
    path: '/admin/classifier',
    icon: IconChartBar,
    visible: (a: Actor) => can(a, 'classifier.read'),
  },
] as const satisfies readonly { key: string; path: string; icon: Icon; visible: (a: Actor) => boolean }[];
export type AdminKey = (typeof ADMIN_PAGES)[number]['key'];
