import { t } from './all';

/** 初审/复审/终审 in the UI language ('' for another number). */
export function levelLabel(level: number): string {
  return level === 1 || level === 2 || level === 3 ? t(`levelName${level}`) : '';
}

/** Date and time as the UI language writes them. */
export function formatTime(iso: string | number | Date, locale: 'zh_CN' | 'en'): string {
  return new Date(iso).toLocaleString(locale === 'en' ? 'en' : 'zh-CN');
}
